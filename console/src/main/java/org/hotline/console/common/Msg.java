package org.hotline.console.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words, zh-CN first, in the bureau's own terms (受理, 派单, 签收, 到场, 办结, 退单, 延期, 回访, 督办);
 * {@code messages/msg_en.properties} holds the English ones.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Msg {
    @Message("城管执法局 热线案件") String appName();
    @Message("退出登录") String logout();
    @Message("您已退出登录") String signedOut();
    @Message("重新登录") String signIn();
    @Message("您好，{name}") String hello(String name);
    @Message("受理来电") String menuNewCall();
    @Message("本中队派单") String menuDispatches();
    @Message("回访") String menuCallbacks();
    @Message("查询案件") String menuLookup();
    @Message("派单队列") String menuQueue();
    @Message("派单队列") String queueTitle();
    @Message("队列中没有待处理的派单") String queueEmpty();
    @Message("退单原因：") String returnedBecause();
    @Message("已处理") String queueDone();
    @Message("改派至") String rerouteTo();
    @Message("改派") String reroute();
    @Message("申请延期至") String extensionAsked();
    @Message("批示（可选）") String decisionNote();
    @Message("同意延期") String grant();
    @Message("不同意") String refuse();
    @Message("查询案件") String lookupTitle();
    @Message("案件编号或来电号码") String lookupLabel();
    @Message("查询") String lookupFind();
    @Message("没有找到案件") String lookupNone();
    @Message("办理过程") String timeline();
    @Message("更正记录") String changes();
    @Message("已更正") String stepCORRECTED();

    @Message("待回访") String callbacksTitle();
    @Message("暂无待回访案件") String noCallbacks();
    @Message("已超期") String callbackOverdue();
    @Message("拨打") String call();
    @Message("回访时限") String callbackDue();
    @Message("已拨打 {count} 次") String attempts(int count);
    @Message("下次可拨打") String nextAttempt();
    @Message("回访记录（可选）") String callbackNotes();
    @Message("满意") String resultSATISFIED();
    @Message("基本满意") String resultBASICALLY_SATISFIED();
    @Message("不满意") String resultDISSATISFIED();
    @Message("联系不上") String resultUNREACHABLE();
    @Message("已记录回访") String callbackRecorded();
    @Message("案件已重办") String callbackReopened();
    @Message("已转督办") String callbackEscalated();
    @Message("您的账号没有可用的工作台。") String noMenu();

    @Message("受理来电") String newCallTitle();
    @Message("来电号码") String phone();
    @Message("匿名来电") String anonymous();
    @Message("来电人姓名") String callerName();
    @Message("来电渠道") String channel();
    @Message("行风热线") String channelHOTLINE();
    @Message("市长公开电话") String channelMAYOR_LINE();
    @Message("局热线电话") String channelBUREAU_LINE();
    @Message("问题类别") String category();
    @Message("紧急程度") String priority();
    @Message("一般") String priorityNORMAL();
    @Message("较急") String priorityHIGH();
    @Message("紧急") String priorityURGENT();
    @Message("所在区") String district();
    @Message("街道") String street();
    @Message("详细地址（不公开）") String address();
    @Message("问题描述") String description();
    @Message("{count} / 2000 字") String charCount(int count);
    @Message("需要回访") String wantsCallback();
    @Message("受理（回车）") String submit();
    @Message("受理中…") String submitting();
    @Message("来电历史") String history();
    @Message("输入至少 7 位号码后显示该来电人近期案件") String historyHint();
    @Message("该号码近 90 天没有案件") String historyNone();
    @Message("请更正标出的内容后再提交") String fixErrors();

    @Message("已受理，请向来电人读出案件编号") String answerTitle();
    @Message("案件编号") String caseNumber();
    @Message("复制") String copy();
    @Message("已复制") String copied();
    @Message("派单中…") String dispatching();
    @Message("到场时限 {onSite} · 办结时限 {resolve}") String promise(String onSite, String resolve);
    @Message("可能与案件 {number} 重复") String likelyDuplicate(String number);
    @Message("受理下一个来电") String nextCall();

    @Message("本中队派单") String dispatchesTitle();
    @Message("暂无待办派单") String noDispatches();
    @Message("到场") String clockOnSite();
    @Message("办结") String clockResolve();
    @Message("剩余") String left();
    @Message("超时") String overdue();
    @Message("已延期") String extended();
    @Message("签收") String acknowledge();
    @Message("到场") String arrive();
    @Message("处置") String resolve();
    @Message("处置结果") String outcome();
    @Message("公开说明（将公开发布）") String publicSummary();
    @Message("含电话号码、身份证号或来电人姓名的说明不会公开，须改写后发布") String publicSummaryWarning();
    @Message("内部备注（不公开）") String internalNotes();
    @Message("退单") String giveBack();
    @Message("退单原因") String reason();
    @Message("申请延期") String requestExtension();
    @Message("延期理由") String extensionReason();
    @Message("延期至") String extensionUntil();
    @Message("提交") String send();
    @Message("已派单") String statusDISPATCHED();
    @Message("已签收") String statusACKNOWLEDGED();
    @Message("已到场") String statusON_SITE();
    @Message("已退单") String statusRETURNED();
    @Message("待派单") String statusUNROUTED();
    @Message("已处置") String statusRESOLVED();

    @Message("已受理") String caseREGISTERED();
    @Message("待派单") String caseAWAITING_DISPATCH();
    @Message("已派单") String caseDISPATCHED();
    @Message("已签收") String caseACKNOWLEDGED();
    @Message("已到场") String caseON_SITE();
    @Message("已处置，待回访") String caseRESOLVED();
    @Message("已重办") String caseREOPENED();
    @Message("已办结") String caseCLOSED();

    @Message("东区") String districtEAST();
    @Message("西区") String districtWEST();
    @Message("南区") String districtSOUTH();
    @Message("北区") String districtNORTH();

    @Message("当场整改") String outcomeRECTIFIED_ON_SPOT();
    @Message("劝导劝离") String outcomePERSUADED();
    @Message("警告") String outcomeWARNED();
    @Message("依法处罚") String outcomePENALISED();
    @Message("责令拆除") String outcomeDEMOLITION_ORDERED();
    @Message("经核查不属实") String outcomeNOT_SUBSTANTIATED();
    @Message("移交其他部门") String outcomeREFERRED();

    @Message("无权访问") String forbiddenTitle();
    @Message("您的角色不能使用此页面。请返回首页，或用其他账号登录。") String forbiddenText();
    @Message("返回首页") String home();
    @Message("服务暂时不可用，请稍后重试") String unavailable();
}
